<?php
// Installed copy of config/app.default.php (CakePHP settings).
return ['debug' => false, 'App' => ['fullBaseUrl' => 'https://passbolt.example.com']];
