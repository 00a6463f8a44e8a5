<?php
// Package root: redirects to the installer or to web/index.php/auth/login.
header('Location: ./web/index.php/auth/login');
