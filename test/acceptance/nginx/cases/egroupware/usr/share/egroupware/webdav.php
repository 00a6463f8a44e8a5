<?php
// EGroupware 23.1 stand-in: webdav.php
