<?php
/* For licensing terms, see /license.txt */
$extAuthSource = [];
