/** @provides javelin-install */
