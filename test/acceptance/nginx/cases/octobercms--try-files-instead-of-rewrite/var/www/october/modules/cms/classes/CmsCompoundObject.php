<?php
// October CMS v3: modules/cms/classes/CmsCompoundObject.php (placeholder).
