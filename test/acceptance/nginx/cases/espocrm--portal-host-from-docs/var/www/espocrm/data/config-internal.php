<?php
// placeholder: data/config-internal.php (database password, secrets)
return [];
