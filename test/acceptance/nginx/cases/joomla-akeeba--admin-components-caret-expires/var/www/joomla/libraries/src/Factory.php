<?php
// stand-in for libraries/src/Factory.php
