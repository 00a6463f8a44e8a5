<?php
// default php.ini template for customer PHP configurations
return "memory_limit = {MEMORY_LIMIT}\nopen_basedir = {OPEN_BASEDIR}\n";
