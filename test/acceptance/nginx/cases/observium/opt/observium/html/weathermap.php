<?php
// weathermap.php (stub)
