<?php

use Twig\Environment;
use Twig\Template;

/* index.twig.html */
class __TwigTemplate_5f3a9c1e0d8b7a6f extends Template
{
}
