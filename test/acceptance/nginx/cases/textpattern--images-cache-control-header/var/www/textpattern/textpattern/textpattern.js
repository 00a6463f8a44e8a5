// admin scripts
