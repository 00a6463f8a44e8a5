-- sample racks (stub)
SELECT 1;
