module.exports = function() {};
