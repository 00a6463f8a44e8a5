<?php
// lang/fr.php (stand-in)
