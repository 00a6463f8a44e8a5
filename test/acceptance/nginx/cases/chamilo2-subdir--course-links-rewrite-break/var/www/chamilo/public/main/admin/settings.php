<?php
// stand-in: main/admin/settings.php
