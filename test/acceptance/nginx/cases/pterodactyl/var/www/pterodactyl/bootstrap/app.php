<?php
$app = new Illuminate\Foundation\Application(dirname(__DIR__));
