<?php
// stand-in for CE Phoenix's ext/modules/content/account/set_password.php
require 'includes/application_top.php';
