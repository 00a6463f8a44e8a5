/* jQuery 1.4.4 (stub) */
