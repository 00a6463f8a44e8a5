<?php
// stand-in for OpenCATS installtest.php
