<?php
// Piwigo 14 placeholder: admin.php
