<?php

namespace App\Controller;

// Serves the old shop's pages through the legacy bridge (require of public/legacy/*.php)
class LegacyController
{
}
