<?php
// YOURLS 1.9 admin: upgrade.php
