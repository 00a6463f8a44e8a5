<?php defined('BLUDIT') or die('Bludit CMS.'); ?>
{"welcome":{"title":"Welcome","type":"published"},"q1-roadmap":{"title":"Q1 roadmap","type":"draft"}}
