<?php
// EGroupware 23.1 stand-in: login.php
