/*! jQuery */
