(function(){ /* ibexa admin-ui */ })();
