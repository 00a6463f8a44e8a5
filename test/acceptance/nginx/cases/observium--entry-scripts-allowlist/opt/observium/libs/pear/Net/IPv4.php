<?php
// IPv4.php (stub)
