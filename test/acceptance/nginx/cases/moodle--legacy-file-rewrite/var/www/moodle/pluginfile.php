<?php
// Serves the files of moodledata (slash arguments: /pluginfile.php/<context>/<component>/...).
define('NO_DEBUG_DISPLAY', true);
require_once('config.php');
require_once('lib/filelib.php');
$relativepath = get_file_argument();
file_pluginfile($relativepath, optional_param('forcedownload', 0, PARAM_BOOL));
