<?php
// Responsive File Manager configuration (Tinymce module): ADMIN role check, upload_dir /media/upload/
