// Default theme (placeholder)
