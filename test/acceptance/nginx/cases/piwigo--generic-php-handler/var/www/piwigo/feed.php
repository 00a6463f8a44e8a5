<?php
// Piwigo 14 placeholder: feed.php
