<?php
// placeholder: EspoCRM public/index.php
