<?php
// stand-in for OpenCATS vendor/autoload.php
