<?php
// Stand-in for the output of php artisan config:cache (which holds every secret of .env).
return [];
