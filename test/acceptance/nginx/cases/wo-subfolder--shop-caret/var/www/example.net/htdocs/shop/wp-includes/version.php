<?php
$wp_version = '6.7.1';
