<?php
// stand-in for administrator/index.php
