var Kronolith = {};
