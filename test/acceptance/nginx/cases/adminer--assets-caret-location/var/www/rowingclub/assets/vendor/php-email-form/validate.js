/* contact form validation (stand-in) */
