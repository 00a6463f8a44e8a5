<?php
// EGroupware 23.1 stand-in: smallpart/index.php
