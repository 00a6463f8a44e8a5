<?php
// Module list written by bin/magento setup:upgrade (abridged).
return [
    'modules' => [
        'Magento_Store' => 1,
        'Magento_Backend' => 1,
        'Magento_Csp' => 1,
    ],
];
