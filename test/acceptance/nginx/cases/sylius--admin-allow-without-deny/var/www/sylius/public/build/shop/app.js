/* shop build (placeholder) */
