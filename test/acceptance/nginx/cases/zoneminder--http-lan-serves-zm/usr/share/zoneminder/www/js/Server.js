/* js/Server.js */
