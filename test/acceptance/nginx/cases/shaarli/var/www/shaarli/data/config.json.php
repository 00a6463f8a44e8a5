<?php /*
{"credentials": {"login": "admin", "hash": "x", "salt": "y"}, "api": {"secret": "z"}}
*/ ?>
