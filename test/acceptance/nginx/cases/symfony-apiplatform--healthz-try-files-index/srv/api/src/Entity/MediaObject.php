<?php

namespace App\Entity;

// stand-in: #[Vich\Uploadable] media object, files in public/media
class MediaObject
{
}
