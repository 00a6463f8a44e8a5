<?php
// PAHEKO-SOURCE-MARKER include/lib/Paheko/Web/Router.php
