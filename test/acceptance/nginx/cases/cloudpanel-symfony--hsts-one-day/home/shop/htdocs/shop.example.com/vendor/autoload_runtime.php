<?php

return require_once __DIR__.'/autoload.php';
