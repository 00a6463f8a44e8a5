; <?php exit; ?>
[server]
absolute_path = "/var/www/ilias"
[clients]
path = "data"
inifile = "client.ini.php"
datadir = "/var/iliasdata"
default = "ilias"
[log]
path = "/var/log/ilias"
file = "ilias.log"
