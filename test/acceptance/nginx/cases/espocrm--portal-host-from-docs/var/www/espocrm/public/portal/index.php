<?php
// placeholder: EspoCRM public/portal/index.php
