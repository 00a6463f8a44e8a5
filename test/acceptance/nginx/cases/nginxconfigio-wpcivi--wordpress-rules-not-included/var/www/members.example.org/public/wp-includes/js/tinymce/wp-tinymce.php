<?php // placeholder: TinyMCE loader
echo "/wp-includes/js/tinymce/wp-tinymce.php ran\n";
