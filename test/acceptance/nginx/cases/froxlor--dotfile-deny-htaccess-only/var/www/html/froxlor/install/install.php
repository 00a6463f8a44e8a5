<?php
if (file_exists(dirname(__DIR__) . '/lib/userdata.inc.php')) {
	header('Location: ../index.php');
	exit;
}
