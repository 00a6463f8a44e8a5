CKFinder.skin={name:"moono"};
