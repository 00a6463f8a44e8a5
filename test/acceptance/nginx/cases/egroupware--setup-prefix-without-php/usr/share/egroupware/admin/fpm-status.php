<?php
// EGroupware 23.1 stand-in: admin/fpm-status.php
