<?php
// index.php (stand-in)
