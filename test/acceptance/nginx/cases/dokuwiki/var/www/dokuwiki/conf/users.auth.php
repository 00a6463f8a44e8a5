# users.auth.php
# <?php exit()?>
admin:$2y$10$placeholderplaceholderplaceholderplaceholderplace:Wiki Admin:admin@example.org:admin,user
