<?php
// header.php (stand-in)
