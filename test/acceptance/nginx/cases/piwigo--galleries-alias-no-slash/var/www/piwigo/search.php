<?php
// Piwigo 14 placeholder: search.php
