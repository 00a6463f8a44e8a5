<?php
// Piwigo 14 placeholder: about.php
