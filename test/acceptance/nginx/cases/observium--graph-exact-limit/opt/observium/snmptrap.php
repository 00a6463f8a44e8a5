<?php
// snmptrap.php (stub)
