/* installer/client.js */
