<?php
// Symfony 6.4 application: public/index.php
