<?php
require_once('../../class2.php');
