<?php
// XHR endpoint of the panel (API keys, config export, news)
require __DIR__ . '/init.php';
