/* skins/classic/views/js/console.js */
