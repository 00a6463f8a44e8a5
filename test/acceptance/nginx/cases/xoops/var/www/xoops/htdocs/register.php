<?php
// register.php (stand-in)
