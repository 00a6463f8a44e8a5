/* skins/classic/js/skin.js */
