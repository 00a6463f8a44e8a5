<?php
// Symfony 6.4 application: vendor/autoload.php
