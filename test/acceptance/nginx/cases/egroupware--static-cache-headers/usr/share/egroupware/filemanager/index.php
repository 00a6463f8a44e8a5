<?php
// EGroupware 23.1 stand-in: filemanager/index.php
