<?php
// Castopod front controller.
define("FCPATH", __DIR__ . DIRECTORY_SEPARATOR);
require FCPATH . "../app/Config/Paths.php";
