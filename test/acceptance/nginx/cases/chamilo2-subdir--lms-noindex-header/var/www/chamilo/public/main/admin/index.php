<?php
// stand-in: main/admin/index.php
