<?php

/* compiled Twig template of themes/demo/layouts/default.htm (placeholder) */
class __TwigTemplate_4f1b6c0e9d2a73f58e41c6b2d09a7f3e extends \Twig\Template
{
}
