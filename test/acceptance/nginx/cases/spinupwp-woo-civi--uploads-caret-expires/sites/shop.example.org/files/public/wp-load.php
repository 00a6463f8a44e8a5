<?php
if ( file_exists( dirname( __DIR__ ) . '/wp-config.php' ) ) { require_once dirname( __DIR__ ) . '/wp-config.php'; }
