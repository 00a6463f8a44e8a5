<?php // placeholder: main/document/download_scorm.php (Chamilo 1.11)
