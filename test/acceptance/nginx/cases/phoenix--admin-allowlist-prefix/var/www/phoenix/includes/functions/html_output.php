<?php
// stand-in for CE Phoenix's includes/functions/html_output.php
