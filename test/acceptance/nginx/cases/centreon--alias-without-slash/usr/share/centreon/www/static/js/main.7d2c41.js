/* Centreon React bundle (stub) */
