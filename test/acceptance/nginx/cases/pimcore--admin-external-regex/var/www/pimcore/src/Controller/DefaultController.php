<?php

namespace App\Controller;

use Pimcore\Controller\FrontendController;

class DefaultController extends FrontendController
{
}
