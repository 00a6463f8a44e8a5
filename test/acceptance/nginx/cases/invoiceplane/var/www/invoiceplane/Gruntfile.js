module.exports = function (grunt) {};
