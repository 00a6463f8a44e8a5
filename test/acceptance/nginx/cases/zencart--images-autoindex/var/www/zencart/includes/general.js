// general.js
