<?php

namespace App\Controller;

// stand-in: controller that receives the multipart upload of a MediaObject
final class CreateMediaObjectAction
{
}
