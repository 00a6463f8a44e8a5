<?php
require_once 'includes/main/WebUI.php';
