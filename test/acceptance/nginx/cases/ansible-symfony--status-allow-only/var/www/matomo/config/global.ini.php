; placeholder: Matomo global.ini.php defaults
