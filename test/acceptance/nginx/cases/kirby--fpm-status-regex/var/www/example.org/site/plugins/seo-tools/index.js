// panel extension
