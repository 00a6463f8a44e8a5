<?php
// Chamilo 1.11: vendor/autoload.php
