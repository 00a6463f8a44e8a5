<?php
// stand-in for Chamilo's whoisonline.php
