; <?php exit(); // DO NOT DELETE ?>
