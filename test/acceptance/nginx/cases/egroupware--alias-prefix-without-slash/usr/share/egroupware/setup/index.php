<?php
// EGroupware 23.1 stand-in: setup/index.php
