<!-- stand-in template -->
