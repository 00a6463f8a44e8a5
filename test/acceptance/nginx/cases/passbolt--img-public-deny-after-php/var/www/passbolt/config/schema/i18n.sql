CREATE TABLE i18n (id int NOT NULL auto_increment, PRIMARY KEY (id));
