<?php
// stand-in: plugin/bbb/config.php
