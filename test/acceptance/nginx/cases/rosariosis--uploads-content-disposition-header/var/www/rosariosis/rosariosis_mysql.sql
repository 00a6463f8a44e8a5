-- Stand-in for the MySQL install SQL.
CREATE TABLE config (title text, config_value text);
