var CRM={};
