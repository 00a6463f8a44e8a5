<?php
// YOURLS 1.9 admin: admin-ajax.php
