<?php
// EGroupware 23.1 stand-in: api/avatar.php
