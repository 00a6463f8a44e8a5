<?php
// placeholder: EspoCRM public/portal/oauth-callback.php
