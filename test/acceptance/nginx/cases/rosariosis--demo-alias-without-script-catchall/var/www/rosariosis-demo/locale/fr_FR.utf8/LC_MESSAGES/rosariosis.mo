stand-in mo
