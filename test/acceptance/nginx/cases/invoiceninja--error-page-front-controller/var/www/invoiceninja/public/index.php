<?php
// Laravel front controller (placeholder)
require __DIR__."/../vendor/autoload.php";
