<?php
// placeholder: EspoCRM public/oauth-callback.php
