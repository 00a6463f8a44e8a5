<?php
// modules/protector/xoops_version.php (stand-in)
