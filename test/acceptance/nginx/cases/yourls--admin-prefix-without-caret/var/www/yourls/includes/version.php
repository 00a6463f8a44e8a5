<?php
// YOURLS 1.9: define( 'YOURLS_VERSION', '1.9' );
