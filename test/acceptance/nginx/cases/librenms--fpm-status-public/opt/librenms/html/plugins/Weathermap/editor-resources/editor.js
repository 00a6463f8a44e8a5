function editor() {}
