<?php
// feed.php (stand-in)
