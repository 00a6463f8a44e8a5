<?php
// Magento static.php entry point (from magento/magento2-base).
