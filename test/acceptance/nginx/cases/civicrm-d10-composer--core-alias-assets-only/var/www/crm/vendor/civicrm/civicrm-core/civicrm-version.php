<?php
// CiviCRM version marker (stand-in).
function civicrmVersion() { return ["version" => "5.69.2", "cms" => "Drupal8"]; }
