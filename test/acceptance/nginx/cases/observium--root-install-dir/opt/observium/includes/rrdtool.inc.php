<?php
// rrdtool.inc.php (stub)
