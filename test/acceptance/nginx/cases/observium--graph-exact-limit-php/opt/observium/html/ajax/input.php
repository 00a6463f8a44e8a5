<?php
// input.php (stub)
