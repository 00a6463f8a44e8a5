<?php
// placeholder: EspoCRM bootstrap.php (CLI script, outside public/)
