CREATE TABLE products (id INTEGER);
