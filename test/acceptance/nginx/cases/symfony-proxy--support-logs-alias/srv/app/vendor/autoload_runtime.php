<?php
// stand-in
return require __DIR__.'/autoload.php';
