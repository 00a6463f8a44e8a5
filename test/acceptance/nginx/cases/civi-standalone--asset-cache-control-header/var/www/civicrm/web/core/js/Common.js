var CRM = CRM || {};
