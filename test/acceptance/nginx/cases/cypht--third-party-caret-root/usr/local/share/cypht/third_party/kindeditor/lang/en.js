KE.lang.en={};
