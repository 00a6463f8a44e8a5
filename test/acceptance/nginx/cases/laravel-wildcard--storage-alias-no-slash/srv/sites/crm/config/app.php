<?php
return ['key' => env('APP_KEY')];
