<?php
// Composer autoloader (vendor-dir includes/vendor).
