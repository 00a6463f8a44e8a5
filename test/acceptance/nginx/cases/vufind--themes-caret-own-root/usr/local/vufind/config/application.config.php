<?php
// Stand-in: module list and module listener options (config cache in local/cache/configs).
return ['modules' => ['VuFindTheme', 'VuFind']];
