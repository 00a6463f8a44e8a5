<?php

namespace App;

use Pimcore\Kernel as PimcoreKernel;

class Kernel extends PimcoreKernel
{
}
