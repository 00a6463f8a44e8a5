<?php
$user = array(
  'userid' => 'admin',
  'password' => '$2y$10$TM4QbGXXpvJfnVTguCElSXvjQJ8lYEkQEitMWZc2AaolVgbG8kCPg',
  'email' => 'editor@blog.example.net',
  'www' => 'https://blog.example.net/',
);
