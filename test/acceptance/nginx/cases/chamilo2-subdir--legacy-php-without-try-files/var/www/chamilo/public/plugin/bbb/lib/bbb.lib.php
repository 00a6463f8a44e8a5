<?php
// stand-in: plugin/bbb/lib/bbb.lib.php
