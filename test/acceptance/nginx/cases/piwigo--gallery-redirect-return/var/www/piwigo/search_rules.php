<?php
// Piwigo 14 placeholder: search_rules.php
