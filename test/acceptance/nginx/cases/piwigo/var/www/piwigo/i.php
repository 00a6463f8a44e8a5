<?php
// Piwigo 14 placeholder: i.php
