// CSV Import (placeholder)
