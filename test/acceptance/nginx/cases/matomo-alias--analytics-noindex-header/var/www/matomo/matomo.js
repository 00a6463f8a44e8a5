/* tracker code stand-in */
