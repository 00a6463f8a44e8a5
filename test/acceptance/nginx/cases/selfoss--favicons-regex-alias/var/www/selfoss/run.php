<?php
// stand-in: router script for PHP's built-in web server (php -S)
