<?php
// data-pick.php (stub)
