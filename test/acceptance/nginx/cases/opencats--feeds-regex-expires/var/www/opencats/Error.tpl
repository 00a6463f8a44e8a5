<!-- stand-in error template -->
