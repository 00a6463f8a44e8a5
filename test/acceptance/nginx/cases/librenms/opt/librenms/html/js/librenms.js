var librenms = {};
