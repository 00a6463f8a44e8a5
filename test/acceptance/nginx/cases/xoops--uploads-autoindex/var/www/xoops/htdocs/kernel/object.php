<?php
// kernel/object.php (stand-in)
