-- e107 database backup
CREATE TABLE e107_user (user_id int);
