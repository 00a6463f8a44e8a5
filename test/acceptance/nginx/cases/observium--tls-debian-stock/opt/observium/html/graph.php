<?php
// graph.php (stub)
