<?php
namespace Paheko;

use Paheko\Users\Session;

require_once __DIR__ . '/_inc.php';

$login = Session::getInstance();
// PAHEKO-SOURCE-MARKER admin/login.php
