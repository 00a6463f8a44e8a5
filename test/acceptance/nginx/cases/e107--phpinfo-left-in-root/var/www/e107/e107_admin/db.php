<?php
require_once(__DIR__.'/../class2.php');
