<?php
// stand-in for CE Phoenix's includes/functions/general.php
