/* donate.js stand-in */
