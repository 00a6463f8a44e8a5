/* vendor bundle (stub) */
