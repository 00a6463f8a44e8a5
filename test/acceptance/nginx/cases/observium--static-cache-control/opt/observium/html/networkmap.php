<?php
// networkmap.php (stub)
