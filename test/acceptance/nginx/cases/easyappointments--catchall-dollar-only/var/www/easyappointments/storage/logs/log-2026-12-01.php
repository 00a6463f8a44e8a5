<?php defined('BASEPATH') OR exit('No direct script access allowed'); ?>

ERROR - 2026-12-01 09:14:02 --> Google sync failed for provider jane@example.com
