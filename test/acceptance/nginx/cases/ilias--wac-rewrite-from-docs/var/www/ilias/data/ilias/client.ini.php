; <?php exit; ?>
[client]
name = "ILIAS"
[db]
type = "innodb"
host = "localhost"
user = "ilias"
pass = "placeholder"
name = "ilias"
