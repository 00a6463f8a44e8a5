<?php
// Horde configuration test page; disabled with $conf['testdisable'].
require_once __DIR__ . '/lib/Application.php';
Horde_Registry::appInit('horde', array('authentication' => 'none'));
