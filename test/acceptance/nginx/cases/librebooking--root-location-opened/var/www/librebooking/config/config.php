<?php

return [
    'settings' => [
        'app.title' => 'Room booking',
        'default.timezone' => 'Europe/Paris',
        'admin.email' => 'facilities@example.org',
        'script.url' => 'https://booking.example.org/Web',
        'install.password' => 'Wq3!rT8zLp2#',
        'database' => [
            'type' => 'mysql',
            'user' => 'lb_user',
            'password' => 'h7K#q2Vn9!xRt4Lm',
            'hostspec' => '127.0.0.1',
            'name' => 'librebooking',
        ],
        'uploads' => [
            'image.upload.directory' => 'Web/uploads/images',
            'image.upload.url' => 'uploads/images',
            'enable.reservation.attachments' => true,
            'reservation.attachment.path' => 'Web/uploads/reservation',
        ],
        'logging' => [
            'folder' => '/var/log/librebooking',
            'level' => 'warning',
        ],
    ],
];
