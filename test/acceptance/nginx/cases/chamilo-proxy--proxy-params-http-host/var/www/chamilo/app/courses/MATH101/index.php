<?php
/* For licensing terms, see /license.txt */
header('Location: ../../../courses/MATH101/');
