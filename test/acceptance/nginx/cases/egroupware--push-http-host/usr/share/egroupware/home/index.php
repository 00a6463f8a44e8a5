<?php
// EGroupware 23.1 stand-in: home/index.php
