CREATE TABLE {PREFIX}entries (id int);
