<?php
// stand-in: bundles enabled in every environment
return [
    Symfony\Bundle\FrameworkBundle\FrameworkBundle::class => ['all' => true],
];
