<?php
// placeholder: EspoCRM preload.php (CLI script, outside public/)
