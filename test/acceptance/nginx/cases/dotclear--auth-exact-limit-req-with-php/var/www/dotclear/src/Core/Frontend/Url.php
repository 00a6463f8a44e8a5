<?php
// src/Core/Frontend/Url.php (Dotclear 2.3x)
