; <?php exit; ?> placeholder: Matomo keeps its settings in an INI file behind this line
[database]
host = "127.0.0.1"
username = "matomo"
password = "placeholder-matomo-db-password"
dbname = "matomo"

[General]
salt = "placeholder5b1e0c7d2a9f"
trusted_hosts[] = "stats.example.com"
