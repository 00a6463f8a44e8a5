var observium={};
