/*
 CKFinder 3 loader
*/
var CKFinder={start:function(){}};
