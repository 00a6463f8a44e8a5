<?php
// language/english/global.php (stand-in)
