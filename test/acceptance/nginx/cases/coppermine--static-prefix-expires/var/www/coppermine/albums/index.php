<html><head><meta http-equiv="refresh" content="0; url=../index.php"><title>Coppermine Photo Gallery - Albums Folder</title></head><body></body></html>
