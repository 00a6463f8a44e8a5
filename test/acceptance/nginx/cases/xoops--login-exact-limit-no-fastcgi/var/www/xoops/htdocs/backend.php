<?php
// backend.php (stand-in)
