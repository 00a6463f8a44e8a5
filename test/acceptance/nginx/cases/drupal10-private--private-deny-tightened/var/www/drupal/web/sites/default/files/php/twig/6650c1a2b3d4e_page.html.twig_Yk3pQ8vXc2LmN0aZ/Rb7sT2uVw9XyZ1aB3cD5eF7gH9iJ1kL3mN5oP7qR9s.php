<?php
/* compiled from themes/custom/acme/templates/page.html.twig (stand-in written for this case) */
class __TwigTemplate_6650c1a2b3d4e extends \Twig\Template
{
}
