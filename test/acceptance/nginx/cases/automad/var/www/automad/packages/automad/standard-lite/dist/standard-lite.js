/* theme js (stub) */
