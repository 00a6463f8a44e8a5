<?php
// modules/system/xoops_version.php (stand-in)
