<?php
// YOURLS 1.9: finds user/config.php.
