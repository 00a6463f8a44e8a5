<?php
// admin entry point (admin.php renamed by the installer)
