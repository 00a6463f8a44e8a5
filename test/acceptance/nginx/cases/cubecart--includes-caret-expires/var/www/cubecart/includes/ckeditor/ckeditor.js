/* editor bundle stand-in */
