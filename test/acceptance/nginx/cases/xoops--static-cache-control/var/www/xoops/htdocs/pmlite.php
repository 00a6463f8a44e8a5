<?php
// pmlite.php (stand-in)
