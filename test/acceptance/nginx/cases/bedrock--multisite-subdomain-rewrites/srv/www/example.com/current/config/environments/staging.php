<?php
use Roots\WPConfig\Config;
Config::define('DISALLOW_INDEXING', true);
