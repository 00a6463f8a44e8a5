<?php

/*
 * ecran_securite.php
 * ------------------
 */
define('_ECRAN_SECURITE', '1.6.3');
