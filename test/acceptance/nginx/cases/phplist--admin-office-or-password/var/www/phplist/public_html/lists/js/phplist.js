/* phpList front-end script (placeholder) */
