<?php
// Piwigo 14 placeholder: upgrade.php
