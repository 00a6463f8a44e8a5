CKFinder.lang.en={};
