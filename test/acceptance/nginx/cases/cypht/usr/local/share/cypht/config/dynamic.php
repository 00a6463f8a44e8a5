<?php return array (
  'session_type' => 'DB',
  'auth_type' => 'IMAP',
  'imap_auth_server' => 'imap.example.com',
  'db_driver' => 'mysql',
  'db_host' => '127.0.0.1',
  'db_name' => 'cypht',
  'db_user' => 'cypht',
  'db_pass' => 'Wq3-cypht-ex4mple',
  'user_settings_dir' => '/var/lib/hm3/users',
  'attachment_dir' => '/var/lib/hm3/attachments',
  'app_data_dir' => '/var/lib/hm3/app_data',
);
