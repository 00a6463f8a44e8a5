<?php
// modules/pm/xoops_version.php (stand-in)
