<?php
// php -S router for "artisan serve"
