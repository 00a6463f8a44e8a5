<?php
namespace core_media;
defined('MOODLE_INTERNAL') || die();
// The media players manager (core_media).
class manager {}
