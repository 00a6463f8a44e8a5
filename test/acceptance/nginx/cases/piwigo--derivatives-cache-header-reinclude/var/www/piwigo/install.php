<?php
// Piwigo 14 placeholder: install.php
