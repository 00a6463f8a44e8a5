<?php

namespace App\Entity;

use ApiPlatform\Metadata\ApiResource;
use Doctrine\ORM\Mapping as ORM;
use Vich\UploaderBundle\Mapping\Annotation as Vich;

// API Platform's documented file upload resource: files land in public/uploads/media.
#[Vich\Uploadable]
#[ORM\Entity]
#[ApiResource]
class MediaObject
{
    #[ORM\Id, ORM\GeneratedValue, ORM\Column]
    public ?int $id = null;

    #[Vich\UploadableField(mapping: 'media_object', fileNameProperty: 'filePath')]
    public ?\Symfony\Component\HttpFoundation\File\File $file = null;

    #[ORM\Column(nullable: true)]
    public ?string $filePath = null;
}
