<?php
$sites['www.example.org'] = 'main';
$sites['shop.example.org'] = 'shop';
