<?php
// EGroupware 23.1 stand-in: resources/index.php
