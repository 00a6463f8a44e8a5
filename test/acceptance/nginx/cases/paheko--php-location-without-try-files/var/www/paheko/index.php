<?php
// PAHEKO-SOURCE-MARKER index.php
