/* legacy helpers (stub) */
