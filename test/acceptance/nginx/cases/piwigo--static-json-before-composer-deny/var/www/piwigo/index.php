<?php
// Piwigo 14 placeholder: index.php
