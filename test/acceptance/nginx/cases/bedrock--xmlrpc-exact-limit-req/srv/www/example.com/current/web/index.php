<?php
/** Front controller: loads WordPress from wp/. */
define('WP_USE_THEMES', true);
require __DIR__ . '/wp/wp-blog-header.php';
