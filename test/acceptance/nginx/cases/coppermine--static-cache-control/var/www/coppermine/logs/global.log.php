<?php defined('IN_COPPERMINE') or die('Not in Coppermine...'); ?>
2026-11-30 10:41:17 - Plugin upload_h5a installed by admin
---
