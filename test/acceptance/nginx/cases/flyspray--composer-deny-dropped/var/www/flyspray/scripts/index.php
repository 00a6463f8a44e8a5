<?php
// scripts/index.php (stand-in)
