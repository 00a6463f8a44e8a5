#<?php die('Forbidden.'); ?>
#Date: 2025-03-02 09:14:11 UTC
#Software: Joomla! 5.2.4 Stable
#Fields: datetime	priority clientip	category	message
