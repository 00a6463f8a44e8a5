/* editor (stub) */
