<?php
// delete_device.php (stub)
