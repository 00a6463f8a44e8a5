<?php
$config = ['imap_host' => 'ssl://mail.example.com:993'];
