<?php

// Snipe-IT front controller (placeholder).
require __DIR__."/../bootstrap/app.php";
