<?php
// stand-in for OpenCATS xml/index.php
