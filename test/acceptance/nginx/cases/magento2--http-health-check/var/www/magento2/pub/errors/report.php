<?php
// Magento error page report.php (from magento/magento2-base).
