<?php
/* For licensing terms, see /license.txt */
$profileIsEditable = true;
