<?php
// plugins/importExport/src/ModuleExportFlat.php (Dotclear 2.3x)
