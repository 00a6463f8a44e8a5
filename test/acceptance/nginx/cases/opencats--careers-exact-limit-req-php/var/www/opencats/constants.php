<?php
// stand-in for OpenCATS constants.php
