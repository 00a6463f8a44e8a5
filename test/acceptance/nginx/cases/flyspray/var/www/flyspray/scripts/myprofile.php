<?php
// scripts/myprofile.php (stand-in)
