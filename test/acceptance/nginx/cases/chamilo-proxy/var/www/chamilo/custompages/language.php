<?php
/* For licensing terms, see /license.txt */
$lang = 'english';
