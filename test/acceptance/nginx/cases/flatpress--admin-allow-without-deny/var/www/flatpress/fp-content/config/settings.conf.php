<?php
$fp_config = array(
  'general' => array(
    'www' => 'https://blog.example.net/',
    'title' => 'Notes',
    'author' => 'admin',
    'email' => 'editor@blog.example.net',
    'blogid' => 'fp-6a0b4e59f7fb67d0',
    'charset' => 'utf-8',
    'maxentries' => '10',
  ),
  'plugins' => array(
    'prettyurls' => array('mode' => 3),
  ),
);
