<?php
// stand-in for api/index.php
