var ImpCore = {};
