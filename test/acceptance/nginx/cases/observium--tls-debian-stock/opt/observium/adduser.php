<?php
// adduser.php (stub)
