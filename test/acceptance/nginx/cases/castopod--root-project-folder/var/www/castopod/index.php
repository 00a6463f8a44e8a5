<?php
// Castopod front controller, moved up from public/ (paths edited).
define("FCPATH", __DIR__ . DIRECTORY_SEPARATOR);
require FCPATH . "app/Config/Paths.php";
