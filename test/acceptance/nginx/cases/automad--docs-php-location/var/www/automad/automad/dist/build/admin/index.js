/* dashboard build (stub) */
