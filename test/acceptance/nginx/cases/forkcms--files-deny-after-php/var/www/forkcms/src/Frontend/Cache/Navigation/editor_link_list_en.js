var linkList = [];
