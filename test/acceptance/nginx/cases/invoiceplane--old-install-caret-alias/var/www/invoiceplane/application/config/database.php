<?php
defined('BASEPATH') OR exit('No direct script access allowed');
$db['default']['password'] = env('DB_PASSWORD');
