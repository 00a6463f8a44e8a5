<?php
// placeholder: EspoCRM upgrade.php (CLI script, outside public/)
