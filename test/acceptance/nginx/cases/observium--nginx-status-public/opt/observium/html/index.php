<?php
// index.php (stub)
