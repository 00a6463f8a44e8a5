INSERT INTO roles VALUES (1,"Group Admin",1);
