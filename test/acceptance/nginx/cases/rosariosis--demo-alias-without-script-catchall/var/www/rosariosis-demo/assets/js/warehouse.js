/* stand-in */
var warehouse = {};
