<?php
// stand-in for OpenCATS test/config.php
