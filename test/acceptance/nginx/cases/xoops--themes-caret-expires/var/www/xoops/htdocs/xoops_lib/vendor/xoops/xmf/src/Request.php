<?php
// xoops_lib/vendor/xoops/xmf/src/Request.php (stand-in)
