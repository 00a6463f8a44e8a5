<?php
// placeholder: EspoCRM daemon.php (CLI script, outside public/)
