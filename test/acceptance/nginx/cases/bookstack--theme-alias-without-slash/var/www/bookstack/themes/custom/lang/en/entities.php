<?php

return [
    'shelves' => 'Departments',
];
