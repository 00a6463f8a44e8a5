// gulp
