<?php

use BookStack\Theming\ThemeEvents;
use BookStack\Facades\Theme;

// Posts page updates to the team chat.
$chatWebhookToken = 'xoxb-placeholder';
