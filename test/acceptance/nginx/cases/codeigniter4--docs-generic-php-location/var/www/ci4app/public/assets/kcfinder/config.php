<?php
/** This file is part of KCFinder project
  *      @desc Base configuration file
  *   @version 3.12
  */
$_CONFIG = array(
    'disabled' => false,
    'uploadURL' => "/uploads/kcfinder",
    'uploadDir' => "",
    '_sessionVar' => "KCFINDER",
);
