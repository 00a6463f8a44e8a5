<?php
// scripts/newtask.php (stand-in)
