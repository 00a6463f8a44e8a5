<?php
// Piwigo 14 placeholder: action.php
