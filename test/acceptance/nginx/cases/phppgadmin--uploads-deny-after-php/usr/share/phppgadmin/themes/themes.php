<?php
// list of the themes shipped
$appThemes = array('default' => 'Default', 'bootstrap' => 'Bootstrap');
