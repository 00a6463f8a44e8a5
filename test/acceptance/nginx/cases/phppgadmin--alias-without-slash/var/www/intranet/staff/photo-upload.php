<?php
// staff directory: photo upload (HR only)
require __DIR__ . '/inc/auth.php';
