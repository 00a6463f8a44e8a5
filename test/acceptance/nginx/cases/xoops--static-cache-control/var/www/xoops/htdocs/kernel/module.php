<?php
// kernel/module.php (stand-in)
