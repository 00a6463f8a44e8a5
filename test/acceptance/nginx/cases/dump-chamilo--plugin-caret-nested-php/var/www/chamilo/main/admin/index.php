<?php
// Chamilo 1.11: main/admin/index.php
