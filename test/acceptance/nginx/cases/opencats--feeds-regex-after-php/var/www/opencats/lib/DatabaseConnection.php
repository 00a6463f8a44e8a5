<?php
// stand-in for OpenCATS lib/DatabaseConnection.php
