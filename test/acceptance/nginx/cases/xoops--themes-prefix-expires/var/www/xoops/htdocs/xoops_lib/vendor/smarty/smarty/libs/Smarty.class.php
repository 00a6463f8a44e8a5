<?php
// xoops_lib/vendor/smarty/smarty/libs/Smarty.class.php (stand-in)
