<?php
// constants.inc.php (stub)
