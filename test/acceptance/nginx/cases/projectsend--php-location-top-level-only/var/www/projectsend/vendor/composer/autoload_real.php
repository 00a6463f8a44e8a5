<?php
// Composer autoloader stand-in
