/* ibexa admin-ui layout */
