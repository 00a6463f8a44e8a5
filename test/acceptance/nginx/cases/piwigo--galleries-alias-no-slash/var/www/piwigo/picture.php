<?php
// Piwigo 14 placeholder: picture.php
