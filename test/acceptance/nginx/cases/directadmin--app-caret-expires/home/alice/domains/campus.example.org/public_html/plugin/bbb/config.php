<?php
$plugin_info['salt'] = 'pretend-bbb-secret';
