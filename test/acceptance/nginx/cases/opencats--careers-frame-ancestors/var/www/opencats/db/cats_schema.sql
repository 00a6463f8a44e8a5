-- stand-in schema
CREATE TABLE candidate (candidate_id int);
