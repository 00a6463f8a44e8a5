<?php
$strings['plugin_title'] = 'Videoconference';
