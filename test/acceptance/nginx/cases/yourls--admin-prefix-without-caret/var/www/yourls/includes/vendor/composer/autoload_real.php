<?php
// Composer autoloader.
