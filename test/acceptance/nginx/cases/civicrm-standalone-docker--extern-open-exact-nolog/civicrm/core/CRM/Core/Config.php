<?php // stand-in: class map of civicrm-core
