<?php
// stand-in: main/inc/global.inc.php
