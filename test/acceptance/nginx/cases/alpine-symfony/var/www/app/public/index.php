<?php // placeholder: Symfony front controller (public/index.php)
