<?php
function civicrm_api($entity, $action, $params) {}
