<?php
// src/Autoloader.php (Dotclear 2.3x)
