<?php
// stand-in: site-specific overrides
$sugar_config['default_currency_iso4217'] = 'EUR';
$sugar_config['disable_persistent_connections'] = false;
