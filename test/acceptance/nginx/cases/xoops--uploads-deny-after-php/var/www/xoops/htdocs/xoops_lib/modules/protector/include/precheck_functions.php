<?php
// xoops_lib/modules/protector/include/precheck_functions.php (stand-in)
