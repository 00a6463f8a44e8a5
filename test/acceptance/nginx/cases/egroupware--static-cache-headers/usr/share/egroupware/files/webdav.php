<?php
// EGroupware 23.1 stand-in: files/webdav.php
