<?php
// lang/en.php (stand-in)
