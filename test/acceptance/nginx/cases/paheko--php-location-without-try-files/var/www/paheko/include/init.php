<?php
// PAHEKO-SOURCE-MARKER include/init.php
