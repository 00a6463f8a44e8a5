<?php
// add_device.php (stub)
