<?php defined('AUTOMAD') or die('Direct access not permitted!'); ?>
<@ components/hero.php @>
