<?php
// FreeScout tools: artisan commands, needs the App Key
