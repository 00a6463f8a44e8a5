<?php
// stand-in for CE Phoenix's includes/languages/english/login.php
