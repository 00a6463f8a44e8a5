<?php
// placeholder: EspoCRM cron.php (CLI script, outside public/)
