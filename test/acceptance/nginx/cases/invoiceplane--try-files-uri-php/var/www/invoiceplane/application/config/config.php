<?php
defined('BASEPATH') OR exit('No direct script access allowed');
$config['base_url'] = env('IP_URL');
