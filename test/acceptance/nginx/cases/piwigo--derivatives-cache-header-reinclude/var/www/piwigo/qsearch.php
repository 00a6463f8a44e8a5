<?php
// Piwigo 14 placeholder: qsearch.php
