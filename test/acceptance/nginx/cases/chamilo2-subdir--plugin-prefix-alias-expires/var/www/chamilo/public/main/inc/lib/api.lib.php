<?php
// stand-in: main/inc/lib/api.lib.php
