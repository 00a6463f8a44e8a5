/* stand-in */ var VuFind = {};
