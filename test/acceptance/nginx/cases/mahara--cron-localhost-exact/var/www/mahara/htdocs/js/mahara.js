// Mahara core JavaScript
