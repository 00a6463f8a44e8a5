<?php
// xoops_lib/modules/protector/main.php (stand-in)
