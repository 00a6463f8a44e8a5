<?php die("Forbidden."); ?>
#Fields: datetime	priority clientip	category	message
