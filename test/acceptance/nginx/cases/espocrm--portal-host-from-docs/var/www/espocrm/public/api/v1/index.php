<?php
// placeholder: EspoCRM public/api/v1/index.php
