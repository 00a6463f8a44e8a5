/* emoji plugin script (stand-in) */
