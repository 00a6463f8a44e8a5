<?php
// placeholder: Chamilo settings written by the installer
$_configuration["db_host"] = "localhost";
$_configuration["db_user"] = "chamilo";
$_configuration["db_password"] = "not-a-real-password";
$_configuration["main_database"] = "chamilo";
$_configuration["root_web"] = "https://lms.example.edu/";
$_configuration["security_key"] = "0000placeholder0000";
