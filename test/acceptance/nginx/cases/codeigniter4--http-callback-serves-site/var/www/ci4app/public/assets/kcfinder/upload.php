<?php
/** KCFinder uploader */
require "core/bootstrap.php";
$uploader = "kcfinder\\uploader";
$uploader = new $uploader();
$uploader->upload();
