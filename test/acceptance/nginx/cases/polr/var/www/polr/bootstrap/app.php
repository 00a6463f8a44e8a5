<?php
$app = new Laravel\Lumen\Application(realpath(__DIR__."/../"));
return $app;
