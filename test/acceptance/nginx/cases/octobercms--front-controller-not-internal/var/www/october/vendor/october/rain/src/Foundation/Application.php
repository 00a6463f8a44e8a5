<?php
// October CMS v3: vendor/october/rain/src/Foundation/Application.php (placeholder).
