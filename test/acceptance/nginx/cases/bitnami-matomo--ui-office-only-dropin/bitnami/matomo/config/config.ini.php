; <?php exit; ?> DO NOT REMOVE THIS LINE
; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.
[database]
host = "127.0.0.1"
username = "bn_matomo"
password = "c2f8b4e1a9d7335f"
dbname = "bitnami_matomo"
tables_prefix = "matomo_"
charset = "utf8mb4"

[General]
salt = "5e1b0c9d3a7f42e8b6d1c0a9f8e7d6c5"
trusted_hosts[] = "analytics.example.org"
force_ssl = 1
assume_secure_protocol = 1
