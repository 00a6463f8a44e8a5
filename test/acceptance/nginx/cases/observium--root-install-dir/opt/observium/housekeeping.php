<?php
// housekeeping.php (stub)
