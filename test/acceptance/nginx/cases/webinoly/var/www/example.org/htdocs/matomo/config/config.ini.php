; <?php exit; ?> DO NOT REMOVE THIS LINE
; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.
[database]
host = "localhost"
username = "matomo"
password = "Zq8!pW4mR7xT2vLc"
dbname = "matomo"
tables_prefix = "matomo_"

[General]
salt = "3f9a1c7e5b2d8f4a6c0e9b1d7a3f5c2e"
trusted_hosts[] = "example.org"
