<?php
// Chamilo 1.11: main/admin/configure_plugin.php
