/* compiled chat application (stand-in) */
