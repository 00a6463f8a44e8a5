<?php
// scripts/details.php (stand-in)
