<?php

use Illuminate\Contracts\Http\Kernel;

require __DIR__.'/../vendor/autoload.php';
