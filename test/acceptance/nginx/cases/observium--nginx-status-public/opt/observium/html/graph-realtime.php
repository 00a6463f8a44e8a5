<?php
// graph-realtime.php (stub)
