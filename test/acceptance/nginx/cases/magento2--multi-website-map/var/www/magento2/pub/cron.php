<?php
// Magento cron.php entry point (from magento/magento2-base).
