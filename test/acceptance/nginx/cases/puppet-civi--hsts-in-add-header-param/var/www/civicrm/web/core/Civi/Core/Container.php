<?php
// placeholder: Civi\Core\Container (civicrm-core)
