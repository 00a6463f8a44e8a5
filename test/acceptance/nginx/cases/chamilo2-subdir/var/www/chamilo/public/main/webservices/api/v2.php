<?php
// stand-in: main/webservices/api/v2.php
