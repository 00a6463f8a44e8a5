<?php
// PAHEKO-SOURCE-MARKER www/index.php
