<?php
// placeholder: EspoCRM rebuild.php (CLI script, outside public/)
