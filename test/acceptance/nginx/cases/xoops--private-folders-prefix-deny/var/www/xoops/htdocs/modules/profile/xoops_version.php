<?php
// modules/profile/xoops_version.php (stand-in)
