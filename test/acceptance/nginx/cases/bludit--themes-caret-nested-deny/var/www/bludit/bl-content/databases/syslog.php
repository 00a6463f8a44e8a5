<?php defined('BLUDIT') or die('Bludit CMS.'); ?>
[{"date":"2026-11-30 09:12:04","dictionaryKey":"user-logged-in","notes":"admin"}]
