<?php
// October CMS v3: modules/media/classes/MediaLibrary.php (placeholder).
