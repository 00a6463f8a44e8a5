/* phpList admin script (placeholder) */
