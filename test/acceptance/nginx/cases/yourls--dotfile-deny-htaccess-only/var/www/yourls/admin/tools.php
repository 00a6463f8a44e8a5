<?php
// YOURLS 1.9 admin: tools.php
