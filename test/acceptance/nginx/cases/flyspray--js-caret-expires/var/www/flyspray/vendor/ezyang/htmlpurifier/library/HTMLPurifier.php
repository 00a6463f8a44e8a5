<?php
// vendor/ezyang/htmlpurifier/library/HTMLPurifier.php (stand-in)
