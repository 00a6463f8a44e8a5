<?php
// EGroupware 23.1 stand-in: install-cli.php
