<?php
// src/Helper/Html/Template/Template.php (Dotclear 2.3x)
