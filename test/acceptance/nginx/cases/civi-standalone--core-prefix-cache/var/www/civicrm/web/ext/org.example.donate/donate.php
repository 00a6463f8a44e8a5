<?php
function donate_civicrm_config(&$config) {}
