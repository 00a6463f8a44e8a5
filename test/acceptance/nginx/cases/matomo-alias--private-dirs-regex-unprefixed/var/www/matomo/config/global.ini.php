; <?php exit; ?>
[General]
enable_framed_pages = 0
