// placeholder: civicrm core script
var CRM = CRM || {};
