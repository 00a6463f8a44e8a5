<?php
// auth.inc.php (stub)
