<?php
if (!defined('e107_INIT')) { require_once(__DIR__.'/class2.php'); }
