<?php
// October CMS v3: plugins/rainlab/blog/controllers/Posts.php (placeholder).
