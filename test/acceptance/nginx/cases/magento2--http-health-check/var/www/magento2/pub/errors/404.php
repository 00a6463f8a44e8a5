<?php
// Magento error page 404.php (from magento/magento2-base).
