<?php
// Stand-in for Laminas' merged module configuration cache (routes, services, settings).
return ['router' => ['routes' => []], 'service_manager' => []];
