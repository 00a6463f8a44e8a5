CRM.config = {};
