<?php
// generic_data.inc.php (stub)
