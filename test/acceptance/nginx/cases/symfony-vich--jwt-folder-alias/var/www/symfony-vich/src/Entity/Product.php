<?php

namespace App\Entity;

use Vich\UploaderBundle\Mapping\Annotation as Vich;

#[Vich\Uploadable]
class Product
{
    #[Vich\UploadableField(mapping: 'product_image', fileNameProperty: 'imageName')]
    private $imageFile;

    private ?string $imageName = null;
}
