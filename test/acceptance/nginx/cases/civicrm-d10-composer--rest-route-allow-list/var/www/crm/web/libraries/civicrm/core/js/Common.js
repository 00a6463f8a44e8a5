/* published by civicrm-asset-plugin (stand-in) */
