<?php
// Piwigo 14 placeholder: upgrade_feed.php
