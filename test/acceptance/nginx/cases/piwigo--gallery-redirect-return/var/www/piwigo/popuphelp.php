<?php
// Piwigo 14 placeholder: popuphelp.php
