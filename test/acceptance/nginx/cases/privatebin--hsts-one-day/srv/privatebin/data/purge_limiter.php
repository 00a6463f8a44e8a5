<?php
$GLOBALS['purge_limiter'] = 1767225600;
