/*! Matomo tracker (stub) */
