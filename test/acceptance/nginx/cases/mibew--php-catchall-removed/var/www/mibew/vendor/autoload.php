<?php
// Composer autoloader (stand-in for the case)
