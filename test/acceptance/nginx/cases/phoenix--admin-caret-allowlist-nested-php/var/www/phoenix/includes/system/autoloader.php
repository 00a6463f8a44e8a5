<?php
// stand-in for CE Phoenix's includes/system/autoloader.php
