<?php
// October CMS v3: plugins/rainlab/blog/Plugin.php (placeholder).
