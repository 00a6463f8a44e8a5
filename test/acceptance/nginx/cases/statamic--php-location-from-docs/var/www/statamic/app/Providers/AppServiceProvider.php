<?php

namespace App\Providers;

class AppServiceProvider {}
