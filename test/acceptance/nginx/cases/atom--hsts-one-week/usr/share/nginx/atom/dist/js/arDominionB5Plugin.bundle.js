/* bundle stand-in */
