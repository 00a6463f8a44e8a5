<?php
// Symfony 6.4 application: src/Controller/Admin/DashboardController.php
