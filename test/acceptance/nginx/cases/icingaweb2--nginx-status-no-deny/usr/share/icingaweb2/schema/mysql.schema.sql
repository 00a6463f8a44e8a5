CREATE TABLE icingaweb_user (name varchar(254) NOT NULL, password_hash varbinary(255) NOT NULL);
