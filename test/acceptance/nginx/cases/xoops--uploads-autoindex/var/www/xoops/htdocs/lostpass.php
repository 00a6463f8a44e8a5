<?php
// lostpass.php (stand-in)
