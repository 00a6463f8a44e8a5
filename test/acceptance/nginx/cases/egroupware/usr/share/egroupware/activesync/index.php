<?php
// EGroupware 23.1 stand-in: activesync/index.php
