<?php
// EGroupware 23.1 stand-in: infolog/index.php
