<?php
// PAHEKO-SOURCE-MARKER include/lib/Paheko/Files/Storage/FileSystem.php
