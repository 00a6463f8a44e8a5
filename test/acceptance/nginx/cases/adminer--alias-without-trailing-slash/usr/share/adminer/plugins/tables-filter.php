<?php
// plugins/tables-filter.php (stand-in)
