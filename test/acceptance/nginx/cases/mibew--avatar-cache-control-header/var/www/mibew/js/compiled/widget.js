/* compiled widget (stand-in) */
