<?php // placeholder: the bundles the shop enables (framework, doctrine, twig, easyadmin, vich)
return [];
