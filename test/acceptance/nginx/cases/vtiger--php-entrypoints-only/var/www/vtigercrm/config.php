<?php
include_once 'config.inc.php';
