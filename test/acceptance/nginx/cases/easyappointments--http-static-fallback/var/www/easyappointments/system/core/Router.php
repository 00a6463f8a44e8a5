<?php defined('BASEPATH') or exit('No direct script access allowed');
