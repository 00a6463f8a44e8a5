<?php
if (!defined('IN_SCRIPT')) {die('Invalid attempt');}
function hesk_dbQuery($query) {}
