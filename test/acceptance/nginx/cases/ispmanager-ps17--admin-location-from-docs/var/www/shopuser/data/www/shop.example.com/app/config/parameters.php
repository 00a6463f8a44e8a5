<?php return array (
  'parameters' =>
  array (
    'database_host' => '127.0.0.1',
    'database_port' => '',
    'database_name' => 'shopuser_ps',
    'database_user' => 'shopuser_ps',
    'database_password' => 'Kq7vX2pLm9Rt4wZa',
    'database_prefix' => 'ps_',
    'database_engine' => 'InnoDB',
    'mailer_transport' => 'smtp',
    'secret' => 'h3Vn8sQe1LxYc0Wb5RtUo7Zp2AfGjKmD4NiSlEyXwCvBqTrH',
    'ps_caching' => 'CacheMemcache',
    'ps_cache_enable' => false,
    'ps_creation_date' => '2025-03-14',
    'locale' => 'en-US',
    'use_debug_toolbar' => false,
    'cookie_key' => 'Zp8Lk2Qw7Er4Ty1Ui6Op3As9Df5Gh0JkLzXcVbNmQwErTyUiOpAsDfGhJkLzXcVb',
    'cookie_iv' => 'Qw7Er4Ty',
    'new_cookie_key' => 'def00000a1b2c3d4e5f6',
  ),
);
