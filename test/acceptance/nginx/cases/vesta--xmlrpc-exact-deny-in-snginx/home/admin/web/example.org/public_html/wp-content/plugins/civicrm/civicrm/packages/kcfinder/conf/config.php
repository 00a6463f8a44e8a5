<?php
// CiviCRM's KCFinder settings
$_CONFIG = array(
    'disabled' => true,
    'uploadURL' => "upload",
);
