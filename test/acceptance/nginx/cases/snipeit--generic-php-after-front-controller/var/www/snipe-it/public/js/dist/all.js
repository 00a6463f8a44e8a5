/* Snipe-IT scripts (placeholder) */
