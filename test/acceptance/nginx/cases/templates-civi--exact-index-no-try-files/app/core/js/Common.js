// placeholder civicrm core script
