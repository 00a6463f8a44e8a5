<?php
// schedule.php (stand-in)
