<?php
$theme_name = 'Default';
