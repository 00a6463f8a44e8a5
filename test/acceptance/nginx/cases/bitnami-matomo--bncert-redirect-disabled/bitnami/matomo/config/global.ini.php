; <?php exit; ?> DO NOT REMOVE THIS LINE
[database]
host =
username =
password =
