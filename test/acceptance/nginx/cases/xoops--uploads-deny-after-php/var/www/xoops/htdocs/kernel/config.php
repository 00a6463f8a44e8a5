<?php
// kernel/config.php (stand-in)
