<?php
// stand-in for CE Phoenix's includes/classes/hooks.php
