<?php
return array (
  'salt' => '5c0e1b7f0a2d4e6b9c8d7e6f5a4b3c2d1e0f9a8b',
  'base_url' => 'https://rss.example.org',
  'default_user' => 'admin',
  'auth_type' => 'form',
  'db' => array ('type' => 'sqlite', 'host' => '', 'user' => '', 'password' => '', 'base' => '', 'prefix' => 'freshrss_'),
);
