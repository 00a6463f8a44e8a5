<?php

namespace App\Controller;

// Old v1 URLs (/v1/orders.php?customer=12) answered by Symfony.
final class LegacyV1Controller
{
}
