<?php
// sessions.inc.php (stub)
