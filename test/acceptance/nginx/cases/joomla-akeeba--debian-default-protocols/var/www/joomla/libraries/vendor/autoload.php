<?php
// stand-in for libraries/vendor/autoload.php
