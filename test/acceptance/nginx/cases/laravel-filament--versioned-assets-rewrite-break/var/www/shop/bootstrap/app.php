<?php
// Stand-in for bootstrap/app.php.
