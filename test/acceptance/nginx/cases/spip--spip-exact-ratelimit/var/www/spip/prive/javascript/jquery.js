/*! jQuery v3.6.4 */
