<?php
// Thelia development front controller: $env = "dev"; loopback clients only
