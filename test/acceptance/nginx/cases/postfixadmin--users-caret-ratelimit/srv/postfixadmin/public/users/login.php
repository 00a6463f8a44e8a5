<?php
require_once("../common.php");
