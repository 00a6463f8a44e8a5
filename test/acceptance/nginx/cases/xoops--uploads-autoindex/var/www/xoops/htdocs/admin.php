<?php
// admin.php (stand-in)
