/*! claroline app bundle */
