CREATE TABLE abook (abook_id int);
