var Horde = {};
