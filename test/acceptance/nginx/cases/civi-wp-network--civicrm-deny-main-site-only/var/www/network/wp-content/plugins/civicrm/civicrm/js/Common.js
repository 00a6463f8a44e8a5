// civicrm js stand-in
