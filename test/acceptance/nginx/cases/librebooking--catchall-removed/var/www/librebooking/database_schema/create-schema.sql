CREATE TABLE accessories (accessory_id SMALLINT UNSIGNED NOT NULL);
