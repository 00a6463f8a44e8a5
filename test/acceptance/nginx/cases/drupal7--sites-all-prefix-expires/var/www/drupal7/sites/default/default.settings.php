<?php
// Default settings shipped with core (stub).
$databases = array();
$drupal_hash_salt = '';
