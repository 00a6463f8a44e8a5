<?php
// xoops_data/configs/textsanitizer/config.php (stand-in)
