<?php
// xoops_data/configs/xoopsconfig.php (stand-in)
