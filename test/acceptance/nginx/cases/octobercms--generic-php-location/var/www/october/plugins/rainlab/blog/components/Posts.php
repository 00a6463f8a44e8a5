<?php
// October CMS v3: plugins/rainlab/blog/components/Posts.php (placeholder).
