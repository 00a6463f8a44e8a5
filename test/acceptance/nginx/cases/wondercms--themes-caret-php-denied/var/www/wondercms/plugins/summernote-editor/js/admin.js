// editor stub
