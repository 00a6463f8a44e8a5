<?php
// feed.php (stub)
