<?php

namespace App\Controller;

final class DocumentController
{
}
