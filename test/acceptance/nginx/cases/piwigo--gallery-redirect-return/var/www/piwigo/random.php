<?php
// Piwigo 14 placeholder: random.php
