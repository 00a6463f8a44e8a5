ALTER TABLE tiki_pages ADD x int;
