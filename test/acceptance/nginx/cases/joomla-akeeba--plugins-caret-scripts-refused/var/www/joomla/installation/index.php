<?php
// stand-in for installation/index.php
