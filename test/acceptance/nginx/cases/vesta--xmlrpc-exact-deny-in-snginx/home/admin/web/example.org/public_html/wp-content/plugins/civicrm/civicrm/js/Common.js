// civicrm
