(function (Drupal) {})(Drupal);
