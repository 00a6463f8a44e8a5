<?php
// EGroupware 23.1 stand-in: logout.php
