<?php
// stand-in for CE Phoenix's includes/application_bottom.php
