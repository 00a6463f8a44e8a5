<?php defined('BLUDIT') or die('Bludit CMS.'); ?>
<!DOCTYPE html>
