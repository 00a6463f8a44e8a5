# Coppermine 1.6 basic.sql
CREATE TABLE IF NOT EXISTS CPG_config (name varchar(40) NOT NULL, value text NOT NULL);
