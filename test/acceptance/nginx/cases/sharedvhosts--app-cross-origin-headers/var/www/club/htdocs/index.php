<?php
require __DIR__ . "/inc/db.php";
require __DIR__ . "/inc/header.php";
?>
<h1>Chess club</h1>
<?php require __DIR__ . "/inc/footer.php";
