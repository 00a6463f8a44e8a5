<?php
// YOURLS 1.9 admin: index.php
