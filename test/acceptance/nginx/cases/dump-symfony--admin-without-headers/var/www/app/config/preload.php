<?php
// Symfony 6.4 application: config/preload.php
