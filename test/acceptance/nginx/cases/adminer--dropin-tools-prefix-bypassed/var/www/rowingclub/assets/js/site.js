/* site script (stand-in) */
