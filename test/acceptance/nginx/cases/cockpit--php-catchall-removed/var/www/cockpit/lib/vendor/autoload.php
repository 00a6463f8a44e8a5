<?php
// lib/vendor/autoload.php
