<?php
// placeholder: EspoCRM extension.php (CLI script, outside public/)
