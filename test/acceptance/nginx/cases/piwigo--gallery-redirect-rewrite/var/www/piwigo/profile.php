<?php
// Piwigo 14 placeholder: profile.php
