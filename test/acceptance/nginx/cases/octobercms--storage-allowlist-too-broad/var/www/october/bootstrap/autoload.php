<?php
// October CMS v3: bootstrap/autoload.php (placeholder).
