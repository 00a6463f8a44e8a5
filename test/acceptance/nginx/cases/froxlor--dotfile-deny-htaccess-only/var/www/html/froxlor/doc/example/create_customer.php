<?php
$fapi = new FroxlorAPI('https://panel.example.net/api.php', 'your-api-key', 'your-api-secret');
