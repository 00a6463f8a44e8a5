<?php
// error.php (stub)
