<?php
// placeholder: EspoCRM public/install/index.php
