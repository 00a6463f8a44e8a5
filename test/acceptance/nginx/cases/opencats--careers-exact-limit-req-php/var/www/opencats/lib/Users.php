<?php
// stand-in for OpenCATS lib/Users.php
