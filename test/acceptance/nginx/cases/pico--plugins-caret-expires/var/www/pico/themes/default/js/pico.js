// Pico default theme
