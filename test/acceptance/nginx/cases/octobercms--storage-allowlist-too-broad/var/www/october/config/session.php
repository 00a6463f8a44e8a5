<?php
// October CMS v3: config/session.php (placeholder).
