/* js/logger.js */
