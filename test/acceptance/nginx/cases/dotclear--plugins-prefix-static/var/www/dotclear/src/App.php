<?php
// src/App.php (Dotclear 2.3x)
