<?php
// stand-in: plugin/bbb/start.php
