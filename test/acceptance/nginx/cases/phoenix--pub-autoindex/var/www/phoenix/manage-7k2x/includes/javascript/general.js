/* admin stand-in */
