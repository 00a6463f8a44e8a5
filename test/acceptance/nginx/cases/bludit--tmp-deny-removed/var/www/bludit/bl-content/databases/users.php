<?php defined('BLUDIT') or die('Bludit CMS.'); ?>
{"admin":{"nickname":"admin","role":"admin","password":"b2a7f9d0c3e1a4f6b8d2c0e9f1a3b5c7d9e0f2a4","salt":"5f3a9c1e7b","tokenAuth":"d41b7a0c9e3f5a2b8c6d1e4f7a9b0c3d","email":"admin@example.org"}}
