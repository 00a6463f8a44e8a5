<?php return ['backendUri' => 'backend']; // placeholder
