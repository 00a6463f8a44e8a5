<?php

// Laravel front controller (placeholder of the case)
require __DIR__."/../vendor/autoload.php";
