<?php
// Composer autoloader
