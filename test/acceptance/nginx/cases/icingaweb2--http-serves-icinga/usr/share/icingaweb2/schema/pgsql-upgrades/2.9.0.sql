ALTER TABLE icingaweb_user ADD COLUMN ctime timestamp;
