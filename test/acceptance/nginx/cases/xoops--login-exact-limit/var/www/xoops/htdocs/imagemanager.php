<?php
// imagemanager.php (stand-in)
