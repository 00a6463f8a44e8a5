<?php
// EGroupware 23.1 stand-in: api/src/Header/ContentSecurityPolicy.php
