<?php
// modules/protector/admin/index.php (stand-in)
