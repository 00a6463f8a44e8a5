<?php
// InvoicePlane front controller (CodeIgniter 3).
$system_path = 'vendor/codeigniter/framework/system';
$application_folder = 'application';
