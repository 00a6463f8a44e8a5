/* admin build (placeholder) */
