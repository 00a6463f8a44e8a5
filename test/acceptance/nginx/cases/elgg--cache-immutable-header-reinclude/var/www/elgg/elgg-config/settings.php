<?php
// placeholder: $CONFIG->dbpass, dataroot /var/lib/elgg/data/, X-Accel settings
