<?php

// BookStack front controller (placeholder).
require __DIR__ . "/../bootstrap/app.php";
