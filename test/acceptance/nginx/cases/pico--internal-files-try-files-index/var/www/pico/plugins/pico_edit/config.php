<?php
// Pico Edit settings: the editor's password (SHA-1 of the admin password).
$backend_password = 'f3b6f1c2d9b24d5e0a8c7b1e2d3f4a5b6c7d8e9f';
