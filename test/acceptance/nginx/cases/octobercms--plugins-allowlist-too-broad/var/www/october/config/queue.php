<?php
// October CMS v3: config/queue.php (placeholder).
