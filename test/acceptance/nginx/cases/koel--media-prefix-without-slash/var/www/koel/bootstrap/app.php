<?php
return Illuminate\Foundation\Application::configure(basePath: dirname(__DIR__));
