-- Stand-in for the install SQL.
CREATE TABLE config (title text, config_value text);
