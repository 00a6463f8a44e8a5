CREATE TABLE icingaweb_user (name character varying(254) NOT NULL, password_hash bytea NOT NULL);
