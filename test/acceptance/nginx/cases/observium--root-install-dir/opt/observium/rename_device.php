<?php
// rename_device.php (stub)
