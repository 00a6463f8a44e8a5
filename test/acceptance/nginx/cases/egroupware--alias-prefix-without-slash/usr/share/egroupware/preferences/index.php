<?php
// EGroupware 23.1 stand-in: preferences/index.php
