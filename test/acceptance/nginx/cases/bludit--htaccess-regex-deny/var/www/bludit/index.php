<?php
// Bludit front controller
require 'bl-kernel/boot/init.php';
