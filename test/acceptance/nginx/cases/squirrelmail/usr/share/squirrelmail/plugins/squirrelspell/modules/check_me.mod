<?php
/* squirrelspell module */
