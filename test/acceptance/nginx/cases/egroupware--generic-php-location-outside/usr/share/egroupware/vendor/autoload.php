<?php
// EGroupware 23.1 stand-in: vendor/autoload.php
