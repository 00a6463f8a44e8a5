<?php
// placeholder: EspoCRM clear_cache.php (CLI script, outside public/)
