/* admin js stand-in */
