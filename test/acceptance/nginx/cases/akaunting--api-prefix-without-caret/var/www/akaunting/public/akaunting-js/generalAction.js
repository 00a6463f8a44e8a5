// akaunting
