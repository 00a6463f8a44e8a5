<?php
// stand-in for OpenCATS scripts/index.php
