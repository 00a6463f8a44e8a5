// s9y CKEditor plugin
