/* skins/classic/views/js/watch.js */
