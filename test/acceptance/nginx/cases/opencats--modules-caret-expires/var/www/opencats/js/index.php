<?php
// stand-in for OpenCATS js/index.php
