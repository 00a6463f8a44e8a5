-- MySQL dump
INSERT INTO ea_users VALUES (1,'Jane','Doe','jane@example.com');
