/* stand-in Common.js */ var CRM = CRM || {};
