<?php
$plugin_info['bbb_secret'] = 'b5a7c1d2e3f40516';
