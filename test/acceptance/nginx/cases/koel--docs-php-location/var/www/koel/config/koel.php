<?php
return ['media_path' => env('MEDIA_PATH'), 'image_storage_dir' => 'storage/images'];
