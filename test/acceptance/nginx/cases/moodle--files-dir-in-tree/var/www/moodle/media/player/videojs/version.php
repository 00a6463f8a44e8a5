<?php
defined('MOODLE_INTERNAL') || die();
$plugin->version = 2024100700;
$plugin->component = 'media_videojs';
