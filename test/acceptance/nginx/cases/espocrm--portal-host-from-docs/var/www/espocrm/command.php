<?php
// placeholder: EspoCRM command.php (CLI script, outside public/)
