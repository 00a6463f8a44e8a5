<?php
// October CMS v3: modules/cms/classes/Controller.php (placeholder).
