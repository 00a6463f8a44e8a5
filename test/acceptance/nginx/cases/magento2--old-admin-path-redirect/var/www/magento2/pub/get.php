<?php
// Magento get.php entry point (from magento/magento2-base).
