<?php
// lang/de.php (stand-in)
