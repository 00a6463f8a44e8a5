<?php
// data.php (stub)
