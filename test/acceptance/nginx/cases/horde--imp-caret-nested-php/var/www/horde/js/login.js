var HordeLogin = {};
