/* theme script (stub) */
