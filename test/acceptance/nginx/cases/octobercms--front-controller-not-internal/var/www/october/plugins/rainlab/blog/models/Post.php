<?php
// October CMS v3: plugins/rainlab/blog/models/Post.php (placeholder).
