<?php

namespace App\Entity;

// stand-in: #[ApiResource] book
class Book
{
}
