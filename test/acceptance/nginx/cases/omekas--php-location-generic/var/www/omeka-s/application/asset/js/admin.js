// Omeka S admin scripts (placeholder)
