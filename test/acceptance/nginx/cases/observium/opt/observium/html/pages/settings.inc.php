<?php
// settings.inc.php (stub)
