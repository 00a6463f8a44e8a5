<?php
// Magento health_check.php entry point (from magento/magento2-base).
