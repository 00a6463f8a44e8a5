-- MariaDB dump 10.19
INSERT INTO ip_clients VALUES (1,'ACME GmbH');
