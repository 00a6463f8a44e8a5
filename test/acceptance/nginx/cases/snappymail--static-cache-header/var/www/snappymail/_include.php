<?php
// Rename to include.php to set APP_DATA_FOLDER_PATH
