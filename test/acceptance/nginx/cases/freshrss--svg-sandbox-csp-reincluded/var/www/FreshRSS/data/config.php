<?php
return ['base_url' => 'https://rss.example.org', 'db' => ['type' => 'sqlite']];
