<?php
// xoops_lib/vendor/autoload.php (stand-in)
