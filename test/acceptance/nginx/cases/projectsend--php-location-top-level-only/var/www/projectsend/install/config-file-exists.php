<?php
// installer step stand-in: config-file-exists.php
