/* drupal.js stand-in */
