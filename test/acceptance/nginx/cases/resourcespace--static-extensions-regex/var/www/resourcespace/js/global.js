// stand-in script
