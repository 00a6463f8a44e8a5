// stand-in
SUGAR.language={};
