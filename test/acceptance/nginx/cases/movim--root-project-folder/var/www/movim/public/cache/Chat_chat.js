var Chat={};
