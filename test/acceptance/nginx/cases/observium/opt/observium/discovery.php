<?php
// discovery.php (stub)
