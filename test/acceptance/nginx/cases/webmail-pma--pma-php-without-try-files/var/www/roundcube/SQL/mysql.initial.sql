(placeholder)
