<?php
// Authorize.php (stand-in).
