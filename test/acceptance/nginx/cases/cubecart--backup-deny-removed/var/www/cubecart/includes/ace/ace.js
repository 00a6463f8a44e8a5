/* code editor stand-in */
