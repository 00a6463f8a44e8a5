<?php
/*
 * Sets version information.
 */
$version = '27.0.01';
