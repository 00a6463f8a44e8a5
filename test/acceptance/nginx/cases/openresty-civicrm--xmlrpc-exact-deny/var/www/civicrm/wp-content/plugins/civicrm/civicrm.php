<?php // placeholder: wp-content/plugins/civicrm/civicrm.php
