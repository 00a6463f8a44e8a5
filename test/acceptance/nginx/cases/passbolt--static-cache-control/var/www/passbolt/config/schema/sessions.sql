CREATE TABLE sessions (id char(40) NOT NULL, data blob, expires int, PRIMARY KEY (id));
