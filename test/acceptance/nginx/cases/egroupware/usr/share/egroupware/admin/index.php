<?php
// EGroupware 23.1 stand-in: admin/index.php
