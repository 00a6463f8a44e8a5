<?php
// Piwigo 14 placeholder: identification.php
