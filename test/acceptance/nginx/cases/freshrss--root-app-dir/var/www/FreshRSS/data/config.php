<?php
return ['base_url' => 'https://rss.example.org/p', 'db' => ['type' => 'sqlite']];
