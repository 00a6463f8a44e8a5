<?php
// Piwigo 14 placeholder: ws.php
