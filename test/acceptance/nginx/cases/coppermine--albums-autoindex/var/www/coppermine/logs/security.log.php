<?php defined('IN_COPPERMINE') or die('Not in Coppermine...'); ?>
2026-11-28 21:14:03 - Failed login attempt with Username: admin from IP 203.0.113.77
---
2026-11-29 08:02:51 - Failed login attempt with Username: margit.hoss from IP 198.51.100.23
---
