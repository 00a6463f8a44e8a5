<?php
// stand-in for CE Phoenix's includes/modules/content/header/cm_header_logo.php
