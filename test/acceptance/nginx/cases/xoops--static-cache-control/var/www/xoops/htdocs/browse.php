<?php
// browse.php (stand-in)
