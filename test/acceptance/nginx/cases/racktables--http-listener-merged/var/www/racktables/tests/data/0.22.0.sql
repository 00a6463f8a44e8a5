-- schema dump of 0.22.0 used by the upgrade tests (stub)
SELECT 1;
