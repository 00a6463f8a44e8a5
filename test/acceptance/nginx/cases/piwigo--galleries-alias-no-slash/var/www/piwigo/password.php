<?php
// Piwigo 14 placeholder: password.php
