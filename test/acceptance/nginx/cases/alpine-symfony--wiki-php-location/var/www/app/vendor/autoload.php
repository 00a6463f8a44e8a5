<?php // placeholder: Composer autoloader
