<?php

return [
    Pimcore\Bundle\AdminBundle\PimcoreAdminBundle::class => ['all' => true],
];
