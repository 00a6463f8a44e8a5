-- stand-in for a dump written by backup.php
CREATE TABLE customers (customers_id int);
