/* sortable tables (placeholder) */
