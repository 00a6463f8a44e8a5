<?php
// placeholder: Composer autoloader internals
