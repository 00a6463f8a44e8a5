// Pico Edit
