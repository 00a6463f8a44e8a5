<?php defined('BLUDIT') or die('Bludit CMS.'); ?>
{"title":"Example blog","url":"https:\/\/blog.example.org\/","adminTheme":"booty"}
