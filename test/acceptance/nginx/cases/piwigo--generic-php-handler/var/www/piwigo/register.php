<?php
// Piwigo 14 placeholder: register.php
