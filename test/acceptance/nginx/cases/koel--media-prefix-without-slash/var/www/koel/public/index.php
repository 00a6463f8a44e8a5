<?php
// Laravel front controller.
require __DIR__.'/../vendor/autoload.php';
