<?php
// Nightly CSV export of the catalogue, called by the partner feed.
require __DIR__ . "/../vendor/autoload.php";
