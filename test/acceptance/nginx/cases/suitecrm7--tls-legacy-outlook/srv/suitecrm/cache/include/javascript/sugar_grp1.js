// stand-in
var SUGAR={};
