<?php
// Symfony 6.4 application: src/Entity/Order.php
