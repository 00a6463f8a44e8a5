<?php
// YOURLS 1.9 admin: install.php
