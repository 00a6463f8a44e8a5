-- upgrade_stable15.sql
ALTER TABLE biblio ADD COLUMN spec_detail_info text;
