-- Stand-in: add-on module install SQL.
CREATE TABLE library_loans (id serial, student_id integer);
