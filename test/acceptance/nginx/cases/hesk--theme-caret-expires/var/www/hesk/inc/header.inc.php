<?php
if (!defined('IN_SCRIPT')) {die('Invalid attempt');}
