var Drupal = Drupal || {};
