<?php

/**
 * @file
 * Multi-site directory aliasing: the host name → the directory under sites/.
 */

$sites['shop.example.org'] = 'shop';
