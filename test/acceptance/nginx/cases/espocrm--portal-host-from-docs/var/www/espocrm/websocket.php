<?php
// placeholder: EspoCRM websocket.php (CLI script, outside public/)
