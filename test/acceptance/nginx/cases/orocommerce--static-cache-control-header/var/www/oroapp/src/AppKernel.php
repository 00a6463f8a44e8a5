<?php

use Oro\Bundle\DistributionBundle\OroKernel;

class AppKernel extends OroKernel
{
}
