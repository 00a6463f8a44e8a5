<?php
// PAHEKO-SOURCE-MARKER www/admin/legal.php
