<?php
// Plugin Name: Upload and Shorten (storage: /var/www/yourls/uploads/)
