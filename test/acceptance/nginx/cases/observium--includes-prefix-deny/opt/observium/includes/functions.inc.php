<?php
// functions.inc.php (stub)
