<?php
// Magento index.php entry point (from magento/magento2-base).
