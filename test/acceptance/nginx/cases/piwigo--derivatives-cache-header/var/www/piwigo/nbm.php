<?php
// Piwigo 14 placeholder: nbm.php
