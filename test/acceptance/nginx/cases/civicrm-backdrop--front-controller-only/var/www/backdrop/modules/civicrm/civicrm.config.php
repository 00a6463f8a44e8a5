<?php
// finds civicrm.settings.php
