CREATE TABLE hm_user (username varchar(255), hash varchar(255));
