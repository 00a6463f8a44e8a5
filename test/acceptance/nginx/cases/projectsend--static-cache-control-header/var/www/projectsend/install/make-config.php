<?php
// installer step stand-in: make-config.php
