<?php
// Symfony 6.4 application: src/Kernel.php
