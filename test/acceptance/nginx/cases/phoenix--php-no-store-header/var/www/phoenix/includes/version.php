<?php
// stand-in for CE Phoenix's includes/version.php
