<?php
// EGroupware 23.1 stand-in: smallpart/src/Bo.php
