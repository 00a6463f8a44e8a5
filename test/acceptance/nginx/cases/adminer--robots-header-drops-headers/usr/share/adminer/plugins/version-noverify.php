<?php
// plugins/version-noverify.php (stand-in)
