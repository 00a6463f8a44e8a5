<?php
// Chamilo 1.11: main/document/download_scorm.php
