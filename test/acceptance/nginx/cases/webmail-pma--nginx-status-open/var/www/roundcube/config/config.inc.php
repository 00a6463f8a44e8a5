<?php
// Placeholder: the real file holds the database DSN and the DES key; it is not kept here.
$config = [];
$config['imap_host'] = 'ssl://imap.example.net:993';
$config['smtp_host'] = 'tls://smtp.example.net:587';
$config['use_https'] = true;
$config['x_frame_options'] = 'sameorigin';
