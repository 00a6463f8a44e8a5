<?php
// src/Core/Config.php (Dotclear 2.3x)
