CRM.config={};
