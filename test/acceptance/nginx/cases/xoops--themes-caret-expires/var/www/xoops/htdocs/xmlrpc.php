<?php
// xmlrpc.php (stand-in)
