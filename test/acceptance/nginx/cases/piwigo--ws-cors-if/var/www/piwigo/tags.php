<?php
// Piwigo 14 placeholder: tags.php
