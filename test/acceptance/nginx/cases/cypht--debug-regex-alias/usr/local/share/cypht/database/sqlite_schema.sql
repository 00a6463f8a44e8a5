CREATE TABLE hm_user (username text, hash text);
