<?php
// stand-in for OpenCATS ajax.php
