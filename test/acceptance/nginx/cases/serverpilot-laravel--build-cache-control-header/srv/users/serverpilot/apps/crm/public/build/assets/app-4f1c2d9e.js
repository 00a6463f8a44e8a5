import"./bootstrap";console.log("crm");
