<?php

return [
    Symfony\Bundle\FrameworkBundle\FrameworkBundle::class => ['all' => true],
    Bolt\Bolt::class => ['all' => true],
];
