<?php
$version = 2024042200.00;
$release = '4.4';
