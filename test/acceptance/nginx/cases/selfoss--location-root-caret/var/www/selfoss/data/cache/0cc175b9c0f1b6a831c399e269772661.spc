placeholder SimplePie cache entry
