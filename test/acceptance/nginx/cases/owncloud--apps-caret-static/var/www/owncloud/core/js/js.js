var OC={};
