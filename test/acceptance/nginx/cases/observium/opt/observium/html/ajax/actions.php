<?php
// actions.php (stub)
