<?php
// search.php (stub)
