<?php
// scripts/admin.php (stand-in)
