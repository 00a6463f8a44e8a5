<?php
// PAHEKO-SOURCE-MARKER config.dist.php
