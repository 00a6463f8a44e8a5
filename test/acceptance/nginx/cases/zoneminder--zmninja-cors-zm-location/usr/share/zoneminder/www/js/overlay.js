/* js/overlay.js */
