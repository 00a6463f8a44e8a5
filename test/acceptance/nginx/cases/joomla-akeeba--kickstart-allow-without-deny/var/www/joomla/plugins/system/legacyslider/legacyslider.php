<?php
// stand-in for plugins/system/legacyslider/legacyslider.php
