<?php

declare(strict_types=1);

namespace DoctrineMigrations;

// stand-in migration: creates book and media_object
final class Version20250312094512
{
}
