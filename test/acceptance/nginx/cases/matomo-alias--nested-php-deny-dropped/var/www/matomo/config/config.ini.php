; <?php exit; ?> DO NOT REMOVE THIS LINE
[database]
host = "127.0.0.1"
username = "matomo"
password = "f4adf27c1028d707f34de205717d791e"
dbname = "matomo"
tables_prefix = "matomo_"

[General]
salt = "b4d12b3a7a0c8df25caa53f86a3d98e8"
trusted_hosts[] = "www.example.com"
session_save_handler = "files"
