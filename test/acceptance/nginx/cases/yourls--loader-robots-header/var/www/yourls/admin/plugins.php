<?php
// YOURLS 1.9 admin: plugins.php
