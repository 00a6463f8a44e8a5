<?php
// php artisan serve router
