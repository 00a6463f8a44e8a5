// tiki-jquery
