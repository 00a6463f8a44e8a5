<?php
// Magento error page 503.php (from magento/magento2-base).
