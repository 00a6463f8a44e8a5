<?php

namespace App\Controller;

// 301s from the old site's .php URLs to the new routes.
final class LegacyRedirectController
{
}
