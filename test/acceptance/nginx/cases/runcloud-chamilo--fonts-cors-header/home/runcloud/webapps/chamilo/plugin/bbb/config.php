<?php
$plugin_info['title'] = 'BigBlueButton'; // settings in DB; shared secret: eb16180a795ea6795f400e6c08051e0a
