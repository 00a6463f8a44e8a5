<?php
$database = 'mysql://backdrop:Zr8qT3mW6xK1pV9c@localhost/backdrop';
$config_directories['active'] = 'files/config_5d1e8f0c2a/active';
$config_directories['staging'] = 'files/config_5d1e8f0c2a/staging';
