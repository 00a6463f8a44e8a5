<?php

require_once(dirname(__FILE__) . "/../common.php");
