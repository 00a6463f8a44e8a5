var Prototype = {};
