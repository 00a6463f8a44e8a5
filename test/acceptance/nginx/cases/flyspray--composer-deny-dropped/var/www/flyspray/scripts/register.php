<?php
// scripts/register.php (stand-in)
