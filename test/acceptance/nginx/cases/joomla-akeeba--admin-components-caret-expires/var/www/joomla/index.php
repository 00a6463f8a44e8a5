<?php
// stand-in for index.php
