<?php
// October CMS v3: plugins/rainlab/blog/models/Category.php (placeholder).
