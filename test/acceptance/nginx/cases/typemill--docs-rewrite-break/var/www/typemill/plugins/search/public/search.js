/* search (stub) */
