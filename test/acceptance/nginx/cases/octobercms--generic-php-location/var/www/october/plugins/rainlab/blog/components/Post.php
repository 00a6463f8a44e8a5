<?php
// October CMS v3: plugins/rainlab/blog/components/Post.php (placeholder).
