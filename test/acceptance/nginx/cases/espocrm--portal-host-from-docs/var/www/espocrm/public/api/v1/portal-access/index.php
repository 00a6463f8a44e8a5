<?php
// placeholder: EspoCRM public/api/v1/portal-access/index.php
