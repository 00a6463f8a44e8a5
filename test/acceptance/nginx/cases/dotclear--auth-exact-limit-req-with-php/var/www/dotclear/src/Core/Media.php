<?php
// src/Core/Media.php (Dotclear 2.3x)
