<?php
// authenticate.inc.php (stub)
