/* js/ajaxQueue.js */
