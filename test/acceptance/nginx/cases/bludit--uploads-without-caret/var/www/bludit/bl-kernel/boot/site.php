<?php defined('BLUDIT') or die('Bludit CMS.');
