<?php // placeholder for Composer autoload_real.php
