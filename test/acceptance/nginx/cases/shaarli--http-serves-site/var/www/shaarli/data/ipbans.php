<?php
$GLOBALS['IPBANS'] = array();
