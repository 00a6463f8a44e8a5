<?php
// Akeneo 3.x front controller, left by the copy of web/ into public/ during the 4.0 upgrade
use Symfony\Component\HttpFoundation\Request;
$kernel = new AppKernel('prod', false);
