<?php
// bandwidth-graph.php (stub)
