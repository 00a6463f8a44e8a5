var site=1;
