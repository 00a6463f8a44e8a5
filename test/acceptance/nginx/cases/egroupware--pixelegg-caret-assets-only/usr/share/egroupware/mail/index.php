<?php
// EGroupware 23.1 stand-in: mail/index.php
