<?php
// placeholder: the installer code public/install/index.php loads
