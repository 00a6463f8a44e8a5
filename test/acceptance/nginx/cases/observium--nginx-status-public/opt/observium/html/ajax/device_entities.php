<?php
// device_entities.php (stub)
